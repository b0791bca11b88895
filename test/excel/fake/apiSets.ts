/**
 * The ExcelApi requirement set of each Excel member, as @types/office-js documents it in its
 * doc comments ("[Api set: ExcelApi 1.7]"), so a test can hold the fake's table to it.
 */
import { readFileSync } from "fs";

let index: Map<string, string> | null = null;

/** "Class.member" -> the remark's text after "ExcelApi", for every member of namespace Excel. */
function buildIndex(): Map<string, string> {
  const out = new Map<string, string>();
  const lines = readFileSync(require.resolve("@types/office-js/index.d.ts"), "utf8").split("\n");
  let inExcel = false;
  let cls: string | null = null;
  let apiSet: string | null = null;
  for (const line of lines) {
    if (/^declare namespace /.test(line)) {
      inExcel = /^declare namespace Excel \{/.test(line);
      cls = null;
      continue;
    }
    if (!inExcel) continue;
    const classMatch = /^ {4}(?:export )?class (\w+)/.exec(line);
    if (classMatch) {
      cls = classMatch[1];
      apiSet = null;
      continue;
    }
    const remark = /\[Api set: ExcelApi ([^\]]+)\]/.exec(line);
    if (remark) apiSet = remark[1].trim();
    const member = /^ {8}(?:readonly )?(\w+)[?(:<]/.exec(line);
    if (member && cls && apiSet) {
      const key = `${cls}.${member[1]}`;
      if (!out.has(key)) out.set(key, apiSet);
      apiSet = null;
    }
  }
  return out;
}

/** "1.7" for Worksheet.getRangeByIndexes; the whole remark when it names several sets. */
export function documentedApiSet(cls: string, member: string): string | null {
  index ??= buildIndex();
  return index.get(`${cls}.${member}`) ?? null;
}
