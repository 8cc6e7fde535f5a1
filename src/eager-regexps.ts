// Imported first by each process entry (the `briefbot` command and `npm start`): V8 then compiles every regular
// expression to machine code on its first use. A card runs some hundreds of patterns, most of them once per article, and
// V8's default (interpret a pattern first, compile it when it runs again) costs a fresh process about half a second on its
// first card and gains nothing after; `npm run bench` prints the cold `briefbot` figure.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
