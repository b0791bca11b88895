// A minimal stand-in for the CustomFunctions runtime global that Excel provides, so the
// functions module can be imported and its error values inspected in Node.
class CustomFunctionsError extends Error {
  code: string;
  constructor(code: string, message?: string) {
    super(message ?? code);
    this.code = code;
  }
}
const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
  busy: "#BUSY!",
  connect: "#CONNECT!",
  gettingData: "#GETTING_DATA",
};
(globalThis as any).CustomFunctions = {
  Error: CustomFunctionsError,
  ErrorCode,
  associate: () => undefined,
};

// Lazy-loaded tabs and workers can take more than Testing Library's default 1 s on a busy
// 2-core machine; a slower wait still fails when the element never comes.
// eslint-disable-next-line @typescript-eslint/no-require-imports
require("@testing-library/dom").configure({ asyncUtilTimeout: 5000 });
