// Runs one emulator as a child process and ends it when the process that asked for it is gone,
// so a test run or local host that crashes never leaves an emulator holding its port.
// Usage: node supervise.mjs <parentPid> <azurite|cosmos|maildev> [emulator arguments...]
import { spawn } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const [parentPidText, emulator, ...emulatorArgs] = process.argv.slice(2);
const parentPid = Number.parseInt(parentPidText, 10);

const entryPoints = {
  azurite: require.resolve("azurite/dist/src/azurite.js"),
  cosmos: new URL("./cosmos-server.mjs", import.meta.url).pathname,
  maildev: require.resolve("maildev/bin/maildev"),
};

if (!Number.isInteger(parentPid) || !(emulator in entryPoints)) {
  console.error("usage: node supervise.mjs <parentPid> <azurite|cosmos|maildev> [args...]");
  process.exit(2);
}

const child = spawn(process.execPath, [entryPoints[emulator], ...emulatorArgs], { stdio: "inherit" });

const stop = () => {
  if (child.exitCode === null) child.kill("SIGTERM");
};
const parentIsAlive = () => {
  try {
    process.kill(parentPid, 0);
    return true;
  } catch {
    return false;
  }
};

child.on("exit", (code) => process.exit(code ?? 0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
setInterval(() => {
  if (!parentIsAlive()) stop();
}, 1000).unref();
