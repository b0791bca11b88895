/**
 * Runs Microsoft's office-addin-manifest-converter on a manifest.xml text, offline (it downloads
 * no icons), and returns the manifest.json it writes. The converter only works on files, so this
 * goes through a temporary folder that it removes afterwards.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { convert } = require("office-addin-manifest-converter");

/** @param {string} xml @returns {Promise<object>} */
async function convertXmlManifest(xml) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "llr-manifest-"));
  try {
    const input = path.join(dir, "manifest.xml");
    const output = path.join(dir, "unified");
    fs.writeFileSync(input, xml);
    await convert(input, output, false);
    const written = path.join(output, "manifest.json");
    if (!fs.existsSync(written)) {
      throw new Error("office-addin-manifest-converter wrote no manifest.json");
    }
    return JSON.parse(fs.readFileSync(written, "utf8"));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = { convertXmlManifest };
