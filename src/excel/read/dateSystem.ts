/**
 * The workbook's date system, asked of the workbook itself.
 *
 * The ExcelApi sets the add-in declares have no date-system property (nor has @types/office-js),
 * but a worksheet function evaluates in the workbook's own system: DATE(1904, 1, 1) is 1462 in
 * the 1900 system and 0 in the 1904 system. It is queued with the first read so it costs no sync
 * of its own.
 */

/** DATE(1904, 1, 1) as a serial of the 1904 date system (it is 1462 in the 1900 system). */
const SERIAL_IN_1904 = 0;

export type DateSystem = 1900 | 1904;

export function queueDateProbe(context: Excel.RequestContext): Excel.FunctionResult<number> {
  const result = context.workbook.functions.date(1904, 1, 1);
  result.load("value");
  return result;
}

/** 1904 only on Excel's clear answer; anything else is the default, 1900. */
export function dateSystemOf(probe: Excel.FunctionResult<number> | null): DateSystem {
  if (!probe) return 1900;
  return probe.value === SERIAL_IN_1904 ? 1904 : 1900;
}
