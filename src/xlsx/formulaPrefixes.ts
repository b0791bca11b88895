/**
 * Functions added to Excel after 2007 are stored in files with a `_xlfn.` prefix (FILTER and
 * SORT with `_xlfn._xlws.`). Excel shows them without it, and ExcelJS writes formulas verbatim,
 * so without the prefix Excel and LibreOffice show #NAME? (verified with LibreOffice). Plans
 * hold formulas as a user types them; this module adds the prefixes on write and strips them on
 * read, so snapshots from files match snapshots from Office.js.
 */

/** Future functions per [MS-XLSX] 2.2.2 and Excel's function list, upper case. */
// prettier-ignore
const FUTURE_FUNCTIONS: ReadonlySet<string> = new Set([
  "ACOT", "ACOTH", "AGGREGATE", "ARABIC", "ARRAYTOTEXT", "BASE", "BETA.DIST", "BETA.INV",
  "BINOM.DIST", "BINOM.DIST.RANGE", "BINOM.INV", "BITAND", "BITLSHIFT", "BITOR", "BITRSHIFT",
  "BITXOR", "BYCOL", "BYROW", "CEILING.MATH", "CEILING.PRECISE", "CHISQ.DIST", "CHISQ.DIST.RT",
  "CHISQ.INV", "CHISQ.INV.RT", "CHISQ.TEST", "CHOOSECOLS", "CHOOSEROWS", "COMBINA", "CONCAT",
  "CONFIDENCE.NORM", "CONFIDENCE.T", "COT", "COTH", "COVARIANCE.P", "COVARIANCE.S", "CSC", "CSCH",
  "DAYS", "DECIMAL", "DROP", "ENCODEURL", "ERF.PRECISE", "ERFC.PRECISE", "EXPAND", "EXPON.DIST",
  "F.DIST", "F.DIST.RT", "F.INV", "F.INV.RT", "F.TEST", "FILTERXML", "FLOOR.MATH", "FLOOR.PRECISE",
  "FORECAST.ETS", "FORECAST.ETS.CONFINT", "FORECAST.ETS.SEASONALITY", "FORECAST.ETS.STAT",
  "FORECAST.LINEAR", "FORMULATEXT", "GAMMA", "GAMMA.DIST", "GAMMA.INV", "GAMMALN.PRECISE", "GAUSS",
  "HSTACK", "HYPGEOM.DIST", "IFNA", "IFS", "IMCOSH", "IMCOT", "IMCSC", "IMCSCH", "IMSEC", "IMSECH",
  "IMSINH", "IMTAN", "ISFORMULA", "ISOMITTED", "ISOWEEKNUM", "LAMBDA", "LET", "LOGNORM.DIST",
  "LOGNORM.INV", "MAKEARRAY", "MAP", "MAXIFS", "MINIFS", "MODE.MULT", "MODE.SNGL", "MUNIT",
  "NEGBINOM.DIST", "NETWORKDAYS.INTL", "NORM.DIST", "NORM.INV", "NORM.S.DIST", "NORM.S.INV",
  "NUMBERVALUE", "PDURATION", "PERCENTILE.EXC", "PERCENTILE.INC", "PERCENTRANK.EXC",
  "PERCENTRANK.INC", "PERMUTATIONA", "PHI", "POISSON.DIST", "QUARTILE.EXC", "QUARTILE.INC",
  "RANDARRAY", "RANK.AVG", "RANK.EQ", "REDUCE", "RRI", "SCAN", "SEC", "SECH", "SEQUENCE", "SHEET",
  "SHEETS", "SKEW.P", "SORTBY", "STDEV.P", "STDEV.S", "SWITCH", "T.DIST", "T.DIST.2T", "T.DIST.RT",
  "T.INV", "T.INV.2T", "T.TEST", "TAKE", "TEXTAFTER", "TEXTBEFORE", "TEXTJOIN", "TEXTSPLIT", "TOCOL",
  "TOROW", "UNICHAR", "UNICODE", "UNIQUE", "VALUETOTEXT", "VAR.P", "VAR.S", "VSTACK", "WEBSERVICE",
  "WEIBULL.DIST", "WORKDAY.INTL", "WRAPCOLS", "WRAPROWS", "XLOOKUP", "XMATCH", "XOR", "Z.TEST",
]);

/** Dynamic-array functions that live in the worksheet namespace as well. */
const WORKSHEET_FUNCTIONS: ReadonlySet<string> = new Set(["FILTER", "SORT"]);

/** The prefix a function needs in a file ("" for none). */
export function filePrefixFor(name: string): string {
  const upper = name.toUpperCase();
  if (WORKSHEET_FUNCTIONS.has(upper)) return "_xlfn._xlws.";
  return FUTURE_FUNCTIONS.has(upper) ? "_xlfn." : "";
}

/**
 * Applies `rewrite` to the formula text outside string literals ("...") and quoted sheet names
 * ('...'), which may contain anything, including text that looks like a function call.
 */
function outsideQuotes(formula: string, rewrite: (code: string) => string): string {
  let out = "";
  let code = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      out += rewrite(code);
      code = "";
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === ch) {
          if (formula[j + 1] === ch) {
            j += 2;
            continue;
          }
          break;
        }
        j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    code += ch;
    i++;
  }
  return out + rewrite(code);
}

const FUNCTION_CALL = /(?<![A-Za-z0-9_.])[A-Za-z][A-Za-z0-9.]*(?=\s*\()/g;

/** "=VAR.S(A1:A9)" -> "=_xlfn.VAR.S(A1:A9)"; already prefixed names are left alone. */
export function addFilePrefixes(formula: string): string {
  return outsideQuotes(formula, (code) =>
    code.replace(FUNCTION_CALL, (name: string) => filePrefixFor(name) + name)
  );
}

/** "_xlfn._xlws.FILTER(...)" -> "FILTER(...)": the formula as Excel shows it. */
export function stripFilePrefixes(formula: string): string {
  return outsideQuotes(formula, (code) => code.replace(/_xlfn\.(_xlws\.)?|_xlpm\./gi, ""));
}
