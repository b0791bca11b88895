/** `llr-workforce template -o <file.xlsx> [--force]`: the blank template, never over an existing file unless forced. */
import { blankTemplatePlan } from "../domain/template";
import { writePlanToFile } from "../xlsx/writePlan";
import type { CliIo } from "./io";
import { EXIT_OK, EXIT_UNREADABLE } from "./validateCommand";

export async function templateCommand(
  out: string,
  options: { readonly force: boolean },
  io: CliIo
): Promise<number> {
  if (!/\.xlsx$/i.test(out)) {
    io.stderr(`llr-workforce: the output file must end in .xlsx: ${out}\n`);
    return EXIT_UNREADABLE;
  }
  const result = await writePlanToFile(blankTemplatePlan(), out, { noOverwrite: !options.force });
  if (!result.ok) {
    io.stderr(`llr-workforce: cannot write ${result.error.file}: ${result.error.reason}\n`);
    return EXIT_UNREADABLE;
  }
  for (const message of result.value.messages) io.stdout(`${message}\n`);
  io.stdout(
    `Wrote the blank LLR PWR/PFR template to ${out} (sheets: ${result.value.sheets.join(", ")}).\n`
  );
  return EXIT_OK;
}
