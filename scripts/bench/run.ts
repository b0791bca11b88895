/**
 * `npm run bench`: prints the speed figures the README's Performance section quotes. One run on
 * this machine; ratios where a peer exists. Nothing here is asserted: the tests check behaviour.
 */
import { cpus, totalmem } from "os";
import { join } from "path";
import { benchValidationVsRead } from "./validationVsRead";

async function main(): Promise<void> {
  const dir = join(__dirname, "..", "..", "node_modules", ".cache", "llr-bench");
  console.log(`LLR Workforce bench: node ${process.version}, ${cpus().length} x ${cpus()[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`);
  await benchValidationVsRead(dir);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
