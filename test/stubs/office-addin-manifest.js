// office-addin-mock uses only this enum from office-addin-manifest; the real package is ESM-only downstream.
module.exports = {
  OfficeApp: { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" },
};
