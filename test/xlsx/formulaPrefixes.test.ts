import { addFilePrefixes, filePrefixFor, stripFilePrefixes } from "../../src/xlsx/formulaPrefixes";

describe("addFilePrefixes", () => {
  it.each([
    ["SUM(A1:A3)", "SUM(A1:A3)"],
    ["VAR.S(A1:A3)", "_xlfn.VAR.S(A1:A3)"],
    ["stdev.s(A1:A3)", "_xlfn.stdev.s(A1:A3)"],
    ["SUM(VAR.S(A1:A3),STDEV.P(B1:B3))", "SUM(_xlfn.VAR.S(A1:A3),_xlfn.STDEV.P(B1:B3))"],
    ["IFERROR(XLOOKUP(A1,B:B,C:C),0)", "IFERROR(_xlfn.XLOOKUP(A1,B:B,C:C),0)"],
    ["FILTER(A1:A9,B1:B9>0)", "_xlfn._xlws.FILTER(A1:A9,B1:B9>0)"],
    ["SORT(UNIQUE(A1:A9))", "_xlfn._xlws.SORT(_xlfn.UNIQUE(A1:A9))"],
    ["_xlfn.VAR.S(A1:A3)", "_xlfn.VAR.S(A1:A3)"],
    ['IF(A1="VAR.S(x)",CONCAT("a","b"),"")', 'IF(A1="VAR.S(x)",_xlfn.CONCAT("a","b"),"")'],
    [
      "SUMIFS('IFS (data)'!B:B,'IFS (data)'!A:A,\"UHL\")",
      "SUMIFS('IFS (data)'!B:B,'IFS (data)'!A:A,\"UHL\")",
    ],
    ["MAXIFS(PWR!C2:C9,PWR!A2:A9,A1)", "_xlfn.MAXIFS(PWR!C2:C9,PWR!A2:A9,A1)"],
  ])("%s -> %s", (formula, stored) => {
    expect(addFilePrefixes(formula)).toBe(stored);
    expect(stripFilePrefixes(stored)).toBe(formula.replace(/_xlfn\./g, ""));
  });

  it.each([
    ["CONCAT", "_xlfn."],
    ["sort", "_xlfn._xlws."],
    ["SUMIFS", ""],
    ["STDEV", ""],
  ])("%s needs prefix %j", (name, prefix) => {
    expect(filePrefixFor(name)).toBe(prefix);
  });
});
