/**
 * The command line, as a function: run(argv, io) -> exit code. main.ts calls it with the real
 * process; tests call it with captured output. Exit codes: 0 no errors (warnings allowed),
 * 1 validation errors, 2 a file that cannot be read or written, or wrong usage.
 */
import { Command, CommanderError, Option } from "commander";
import type { CliIo } from "./io";
import { parseMonthOption } from "./month";
import { templateCommand } from "./templateCommand";
import { fillCommand } from "./fillCommand";
import { EXIT_OK, EXIT_UNREADABLE, validateCommand } from "./validateCommand";
import { addMismatchesCommand } from "./mismatchesCommand";
import { cleanMessage } from "../xlsx/readSnapshot";

const VERSION = "0.1.0";

class UsageError extends Error {}

function monthOption(text: string): number {
  const month = parseMonthOption(text);
  if (month === null)
    throw new UsageError(
      `--month "${text}" is not a reporting month: use M1 to M12 or a month such as "Oct 23"`
    );
  return month;
}

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode = EXIT_OK;
  const program = new Command("llr-workforce")
    .description(
      "Check LLR PWR/PFR workforce returns (.xlsx) against the template, write the Month-N pack, find staff-group coding mismatches, and make the blank template."
    )
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) })
    .showHelpAfterError("(run llr-workforce --help for usage)");

  program
    .command("validate")
    .description("validate workbooks against the LLR PWR/PFR template; never changes them")
    .argument("<files...>", ".xlsx workbooks to check")
    .option("--json", "print the result as JSON")
    .addOption(
      new Option(
        "--month <month>",
        "reporting month (M7, 7, Oct 23); default: Settings, else the last month with actuals"
      )
    )
    .action(async (files: string[], opts: { json?: boolean; month?: string }) => {
      const month = opts.month === undefined ? undefined : monthOption(opts.month);
      exitCode = await validateCommand(
        files,
        { json: Boolean(opts.json), ...(month === undefined ? {} : { month }) },
        io
      );
    });

  program
    .command("template")
    .description("write the blank LLR PWR/PFR template workbook")
    .requiredOption("-o, --output <file.xlsx>", "where to write it")
    .option("--force", "replace the output file if it exists")
    .action(async (opts: { output: string; force?: boolean }) => {
      exitCode = await templateCommand(opts.output, { force: Boolean(opts.force) }, io);
    });

  program
    .command("fill")
    .description(
      "write a copy of a workbook with the Month-N pack sheet (live tables, native charts); never changes the input"
    )
    .argument("<in.xlsx>", "the workbook to read")
    .requiredOption("-o, --output <out.xlsx>", "the copy to write, with the pack sheet")
    .addOption(
      new Option(
        "--month <month>",
        "reporting month (M7, 7, Oct 23); default: Settings, else the last month with actuals"
      )
    )
    .option("--json", "print the pack's tables as JSON")
    .option("--html <report.html>", "also write the pack as one self-contained HTML page")
    .action(
      async (
        input: string,
        opts: { output: string; month?: string; json?: boolean; html?: string }
      ) => {
        const month = opts.month === undefined ? undefined : monthOption(opts.month);
        exitCode = await fillCommand(
          input,
          {
            output: opts.output,
            json: Boolean(opts.json),
            ...(month === undefined ? {} : { month }),
            ...(opts.html === undefined ? {} : { html: opts.html }),
          },
          io
        );
      }
    );

  addMismatchesCommand(program, io, monthOption, (code) => (exitCode = code));

  try {
    await program.parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end here with exit code 0; everything else is wrong usage.
      return e.exitCode === 0 ? EXIT_OK : EXIT_UNREADABLE;
    }
    if (e instanceof UsageError) {
      io.stderr(`llr-workforce: ${e.message}\n`);
      return EXIT_UNREADABLE;
    }
    io.stderr(`llr-workforce: unexpected error (please report it): ${cleanMessage(e)}\n`);
    return EXIT_UNREADABLE;
  }
}
