/**
 * Every match of a global pattern in `text`, as `String.prototype.matchAll` gives them. matchAll
 * copies the pattern on every call; the engine runs dozens of patterns over each statement and
 * cue list, where that copy is most of the cost, so hot loops read the pattern with `exec` instead.
 */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`matchesOf needs a global pattern: ${re}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    // An empty match would be found again at the same place.
    if (m[0] === '') re.lastIndex++;
  }
  re.lastIndex = 0;
  return out;
}
