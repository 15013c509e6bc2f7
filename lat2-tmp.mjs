import pg from 'pg';
import fs from 'node:fs';
import { execSync } from 'node:child_process';
const sql = fs.readFileSync('/tmp/t1/people.sql', 'utf8');
const stmts = sql.split(/;\n(?=INSERT)/).map((s, i, a) => (i < a.length - 1 ? s + ';\n' : s));
console.log('statements', stmts.length);
const ks = (process.env.KS || '1,2,4,8,16,100').split(',').map(Number);
for (let round = 0; round < 2; round++) for (const k of ks) {
  execSync(`psql -X -q -h 127.0.0.1 -U postgres -c "drop database if exists t2" -c "create database t2" >/dev/null; psql -X -q -h 127.0.0.1 -U postgres -d t2 -c "CREATE TABLE people (id integer PRIMARY KEY, name text, email text, note text);"`);
  const c = new pg.Client('postgres://postgres@127.0.0.1/t2'); await c.connect();
  const t = performance.now(); const per = [];
  await c.query('BEGIN');
  for (let i = 0; i < stmts.length; i += k) { const t1 = performance.now(); await c.query(stmts.slice(i, i + k).join('')); per.push(performance.now() - t1); }
  await c.query('COMMIT');
  console.log(`k=${k} total ${(performance.now() - t).toFixed(0)} ms, per msg median ${per.sort((a,b)=>a-b)[per.length>>1].toFixed(1)}`);
  await c.end();
}
