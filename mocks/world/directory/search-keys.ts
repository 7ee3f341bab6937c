import { COMPUTER, indexOf, kindCode, USER } from './codes';
import { computerIdentity } from './computers';
import { groupRecord } from './groups';
import type { DirectoryLayout } from './layout';
import { fold } from './text';
import { userIdentity } from './users';

/**
 * How a key matches. A NAME key is exact when it equals the query; a UPN key when the query is
 * its SAM part (up to "@"); a DNS key when the query is the host name (up to the first "."); a
 * WORD key (a later word of the name) only ever matches by word prefix.
 */
export const NAME = 0;
export const UPN = 1;
export const DNS = 2;
export const WORD = 3;

/** The search keys of an entity (folded), each with its type. */
export function searchKeys(
  layout: DirectoryLayout,
  code: number,
  emit: (key: string, type: number) => void,
) {
  const index = indexOf(code);
  const kind = kindCode(code);
  let folded: string;
  if (kind === USER) {
    const user = userIdentity(layout, index);
    emit(user.upn, UPN);
    folded = user.folded;
    emit(folded, NAME);
  } else if (kind === COMPUTER) {
    const computer = computerIdentity(layout, index);
    // The DNS name starts with the NetBIOS name: one key answers both.
    emit(`${computer.name.toLowerCase()}.${layout.domains[computer.domain]?.dns ?? ''}`, DNS);
    return;
  } else {
    folded = fold(groupRecord(layout, index).name);
    emit(folded, NAME);
  }
  if (!folded.includes(' ') && !/[._()-]/.test(folded)) return;
  const words = folded.split(/[\s._()-]+/);
  for (let w = 1; w < words.length; w++) {
    const word = words[w];
    if (word) emit(word, WORD);
  }
}

/** The query as keys are stored: folded, spaces collapsed, a computer's trailing `$` dropped. */
export function foldQuery(q: string): string {
  return fold(q.trim()).replace(/\s+/g, ' ').replace(/\$$/, '');
}

/** 0 exact, 1 prefix of a whole field, 2 word prefix (the key is known to start with q). */
export function rankOf(key: string, type: number, q: string): number {
  if (type === WORD) return 2;
  if (key.length === q.length) return 0;
  const next = key.charCodeAt(q.length);
  if (type === UPN && next === 64 /* @ */) return 0;
  if (type === DNS && next === 46 /* . */) return 0;
  return 1;
}
