// Imported first by the `briefbot` command, a process that briefs one article and ends: V8 then compiles every regular
// expression to machine code on its first use. A card runs some hundreds of patterns, most of them once per article, and
// V8's default (interpret a pattern first, compile it when it runs again) costs such a process about half a second and
// gains nothing; `npm run bench` prints the cold `briefbot` figure. The long-running bot (`npm start`) keeps V8's
// default: its first card is all it would gain, and Node documents flags set after start-up as best left alone there.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
