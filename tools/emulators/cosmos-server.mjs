// The local Cosmos DB: @vercel/cosmosdb-server, plus the change feed it lacks. The package answers a
// change-feed request with every document of the container once and "not modified" ever after, so a
// reader never sees a change. Here every document write gets a logical sequence number (_lsn, as
// Cosmos DB's own documents carry), and a change-feed request (header "A-IM: Incremental feed") is
// answered the way Cosmos DB's latest-version mode answers it: the latest version of each document of
// the requested partition key written after the continuation (the ETag sent in If-None-Match), in the
// order of their last write, at most x-ms-max-item-count of them, with the new continuation as ETag;
// 304 when there is nothing new. If-None-Match "*" starts from now, none from the beginning.
// Usage: node cosmos-server.mjs [--host 127.0.0.1] [--port 8081]
import { createRequire } from "node:module";
import { randomUUID } from "node:crypto";

const require = createRequire(import.meta.url);
const { createHttpsServer } = require("@vercel/cosmosdb-server");
const accountModule = require("@vercel/cosmosdb-server/lib/account/index.js");
const Documents = require("@vercel/cosmosdb-server/lib/account/documents.js").default;
const Items = require("@vercel/cosmosdb-server/lib/account/items.js").default;

const DefaultPageSize = 100;

// Every create, replace, upsert and patch of a document ends in _set: the write gets the next number.
Documents.prototype._set = function setWithSequenceNumber(data) {
  this.lastSequenceNumber = (this.lastSequenceNumber ?? 0) + 1;
  return Items.prototype._set.call(this, { ...data, _lsn: this.lastSequenceNumber });
};

// The package builds its account when the server starts listening; keep hold of it to find containers.
let account;
const PackageAccount = accountModule.default;
accountModule.default = class extends PackageAccount {
  constructor(...args) {
    super(...args);
    account = this;
  }
};

const changeFeedPath = /^\/dbs\/([^/]+)\/colls\/([^/]+)\/docs\/?$/;

function partitionKeyOf(req) {
  const header = req.headers["x-ms-documentdb-partitionkey"];
  if (!header) return undefined;
  const parsed = JSON.parse(Array.isArray(header) ? header[0] : header);
  return Array.isArray(parsed) ? parsed[0] : parsed;
}

function sequenceAfter(req, documents) {
  const ifNoneMatch = req.headers["if-none-match"];
  if (ifNoneMatch === "*") return documents.lastSequenceNumber ?? 0;
  if (ifNoneMatch) return Number.parseInt(ifNoneMatch.replaceAll('"', ""), 10) || 0;
  return 0;
}

function pageSize(req) {
  const requested = Number.parseInt(req.headers["x-ms-max-item-count"] ?? "", 10);
  return Number.isInteger(requested) && requested > 0 ? requested : DefaultPageSize;
}

function answerChangeFeed(req, res, [, databaseId, collectionId]) {
  const collection = account.database(decodeURIComponent(databaseId)).collection(decodeURIComponent(collectionId));
  const container = collection.read();
  if (!container) {
    res.writeHead(404, { "content-type": "application/json" });
    res.end(JSON.stringify({ code: "NotFound", message: "container not found" }));
    return;
  }

  const documents = collection.documents;
  const after = sequenceAfter(req, documents);
  const partitionKey = partitionKeyOf(req);
  const since = req.headers["if-modified-since"] ? Date.parse(req.headers["if-modified-since"]) / 1000 : undefined;
  const changed = [...documents._data.values()]
    .map((item) => item.read())
    .filter((doc) => doc._lsn > after)
    .filter((doc) => partitionKey === undefined || documents._getPartition(doc) === partitionKey)
    .filter((doc) => since === undefined || doc._ts >= since)
    .sort((a, b) => a._lsn - b._lsn)
    .slice(0, pageSize(req));
  const headers = {
    "content-type": "application/json",
    "x-ms-activity-id": randomUUID(),
    "x-ms-request-charge": "1",
    "x-ms-item-count": String(changed.length),
    etag: `"${changed.length === 0 ? after : changed[changed.length - 1]._lsn}"`,
  };
  if (changed.length === 0) {
    res.writeHead(304, headers);
    res.end();
    return;
  }

  res.writeHead(200, headers);
  res.end(JSON.stringify({ _rid: container._rid, Documents: changed, _count: changed.length }));
}

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const server = createHttpsServer();
const [packageHandler] = server.listeners("request");
server.removeAllListeners("request");
server.on("request", (req, res) => {
  const match = req.method === "GET" && req.headers["a-im"] ? changeFeedPath.exec(req.url.split("?")[0]) : null;
  if (!match) {
    packageHandler(req, res);
    return;
  }

  try {
    answerChangeFeed(req, res, match);
  } catch (error) {
    console.error(error);
    res.writeHead(500, { "content-type": "application/json" });
    res.end(JSON.stringify({ code: "InternalServerError", message: String(error) }));
  }
});
server.listen(Number.parseInt(option("--port", "8081"), 10), option("--host", "127.0.0.1"), () => {
  const { address, port } = server.address();
  console.log(`Ready to accept HTTPS connections at ${address}:${port} (with a change feed)`);
});
