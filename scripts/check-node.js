// Fails fast when tests would run on a Node older than the one the project pins: after
// `npm ci --ignore-scripts` there is no Node 24 binary in node_modules/.bin and the suite would
// silently run on the machine's Node 20, where better-sqlite3 13 crashes.
const [major] = process.versions.node.split('.').map(Number);
if (major < 22) {
    console.error(`noorm tests need Node >= 22 (found ${process.version}). Run them through npm (npm test),`);
    console.error('which puts the pinned Node from node_modules/.bin first on PATH, after a plain `npm ci`.');
    process.exit(1);
}
