/**
 * Builds src/functions/functions.ts the way the add-in ships it (webpack, production mode: modules
 * concatenated, minified) but for Node, so the bench times the code Excel runs. Run through tsx
 * instead, every imported function is reached through a getter, which costs more than the metric.
 */
import { join, resolve } from "path";
import webpack from "webpack";

const ROOT = resolve(__dirname, "..", "..");

export async function bundleFunctions(dir: string): Promise<string> {
  const outDir = join(dir, "functions-node");
  const compiler = webpack({
    mode: "production",
    target: "node",
    devtool: false,
    context: ROOT,
    entry: { functions: "./src/functions/functions.ts" },
    output: { path: outDir, filename: "[name].js", library: { type: "commonjs2" }, clean: true },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    performance: { hints: false },
  });
  await new Promise<void>((done, fail) =>
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error) fail(error);
      else if (stats?.hasErrors()) fail(new Error(stats.toString({ all: false, errors: true })));
      else done();
    })
  );
  return join(outDir, "functions.js");
}
