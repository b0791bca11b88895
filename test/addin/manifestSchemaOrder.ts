/**
 * The order in which the add-in manifest schema (MS-OWEMXML) lets a task pane add-in's elements
 * appear under their parent, as Microsoft's "How to find the proper order of manifest elements"
 * lists it, for every element this add-in's manifest.xml can use. Office does not load a manifest
 * with an element out of order, and the only validator is an online service.
 */
import type { XmlElement } from "./xmlTree";

const SCHEMA_ORDER: Readonly<Record<string, readonly string[]>> = {
  OfficeApp: [
    "Id",
    "AlternateId",
    "Version",
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "IconUrl",
    "HighResolutionIconUrl",
    "SupportUrl",
    "AppDomains",
    "Hosts",
    "Requirements",
    "DefaultSettings",
    "Permissions",
    "Dictionary",
    "VersionOverrides",
    "ExtendedOverrides",
  ],
  DisplayName: ["Override"],
  Description: ["Override"],
  IconUrl: ["Override"],
  HighResolutionIconUrl: ["Override"],
  AppDomains: ["AppDomain"],
  Hosts: ["Host"],
  Requirements: ["Sets", "Methods"],
  Sets: ["Set"],
  Methods: ["Method"],
  DefaultSettings: ["SourceLocation"],
  SourceLocation: ["Override"],
  VersionOverrides: [
    "Description",
    "Requirements",
    "Hosts",
    "Resources",
    "WebApplicationInfo",
    "EquivalentAddins",
  ],
  "VersionOverrides Host": ["Runtimes", "AllFormFactors", "DesktopFormFactor"],
  Runtimes: ["Runtime"],
  AllFormFactors: ["ExtensionPoint"],
  "ExtensionPoint CustomFunctions": ["Script", "Page", "Metadata", "Namespace"],
  Script: ["SourceLocation"],
  Page: ["SourceLocation"],
  Metadata: ["SourceLocation"],
  DesktopFormFactor: ["GetStarted", "FunctionFile", "ExtensionPoint"],
  GetStarted: ["Title", "Description", "LearnMoreUrl"],
  "ExtensionPoint PrimaryCommandSurface": ["OfficeTab", "CustomTab"],
  OfficeTab: ["Group"],
  CustomTab: ["Group", "OfficeGroup", "Label", "InsertAfter", "InsertBefore"],
  Group: ["OverriddenByRibbonApi", "Label", "Icon", "Control"],
  Icon: ["bt:Image"],
  Control: ["OverriddenByRibbonApi", "Label", "Supertip", "Icon", "Action", "Enabled", "Items"],
  Supertip: ["Title", "Description"],
  Action: ["TaskpaneId", "SourceLocation", "Title", "FunctionName"],
  Resources: ["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"],
  "bt:Images": ["bt:Image"],
  "bt:Urls": ["bt:Url"],
  "bt:ShortStrings": ["bt:String"],
  "bt:LongStrings": ["bt:String"],
  "bt:Image": ["bt:Override"],
  "bt:Url": ["bt:Override"],
  "bt:String": ["bt:Override"],
};

/** Which list applies: the same name means different things in different places. */
function orderKey(element: XmlElement, parent: XmlElement | null): string {
  if (element.name === "ExtensionPoint") return `ExtensionPoint ${element.attrs["xsi:type"]}`;
  if (element.name === "Host" && element.attrs["xsi:type"] !== undefined) {
    return "VersionOverrides Host";
  }
  // <Description> under <Supertip> or <GetStarted> is a leaf with a resid; under OfficeApp or
  // VersionOverrides it may hold <Override>s.
  if (element.name === "Description" && parent && parent.name !== "OfficeApp") return "";
  return element.name;
}

/** One line for each element whose children are unknown to the schema or out of its order. */
export function schemaOrderProblems(root: XmlElement): string[] {
  const problems: string[] = [];
  const visit = (element: XmlElement, parent: XmlElement | null, where: string) => {
    const here = `${where}/${element.name}`;
    if (element.children.length > 0) {
      const key = orderKey(element, parent);
      const order = SCHEMA_ORDER[key];
      const names = element.children.map((c) => c.name);
      if (!order) {
        problems.push(`${here}: children ${names.join(", ")} where the schema allows none listed`);
      } else {
        const unknown = names.filter((n) => !order.includes(n));
        const positions = names.map((n) => order.indexOf(n)).filter((p) => p >= 0);
        if (unknown.length > 0) problems.push(`${here}: ${unknown.join(", ")} not allowed here`);
        if (positions.some((p, i) => i > 0 && p < positions[i - 1])) {
          problems.push(`${here}: ${names.join(", ")} out of order (${order.join(", ")})`);
        }
      }
    }
    for (const c of element.children) visit(c, element, here);
  };
  visit(root, null, "");
  return problems;
}
