/** Worker thread: checks the files the pool sends, one at a time. */
import { parentPort } from "node:worker_threads";
import { checkFile, type CheckRequest } from "./checkFile";

parentPort?.on("message", (message: { readonly index: number; readonly request: CheckRequest }) => {
  void checkFile(message.request).then((result) =>
    parentPort?.postMessage({ index: message.index, result })
  );
});
