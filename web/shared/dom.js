// Small helpers for building accessible DOM without a framework.
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    if (name.startsWith("on")) element.addEventListener(name.slice(2), value);
    else if (name === "className") element.className = value;
    else element.setAttribute(name, value === true ? "" : value);
  }
  element.append(...children.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false));
  return element;
}

/** Replaces a region's content and moves focus to its heading, so keyboard and screen-reader users follow the flow. */
export function show(region, ...children) {
  region.replaceChildren(...children.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false));
  const heading = region.querySelector("h2, h1");
  if (heading) {
    heading.tabIndex = -1;
    heading.focus();
  }
}

/** Speaks a status message politely (aria-live). */
export function announce(message) {
  const live = document.getElementById("status");
  if (live) live.textContent = message;
}
