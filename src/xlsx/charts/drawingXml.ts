/** The drawing part (xl/drawings/drawingN.xml) that places charts on a sheet: one anchor per chart. */
import type { CellOffset, TwoCellAnchor } from "./anchor";
import { escapeXml } from "./xmlText";

export const DRAWING_NS =
  'xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';

function marker(tag: "from" | "to", at: CellOffset): string {
  return (
    `<xdr:${tag}><xdr:col>${at.col}</xdr:col><xdr:colOff>${at.colOff}</xdr:colOff>` +
    `<xdr:row>${at.row}</xdr:row><xdr:rowOff>${at.rowOff}</xdr:rowOff></xdr:${tag}>`
  );
}

export interface ChartAnchorXml {
  readonly anchor: TwoCellAnchor;
  /** Unique within the drawing. */
  readonly shapeId: number;
  readonly name: string;
  /** The drawing's relationship id of the chart part. */
  readonly relId: string;
}

/** One graphic frame holding a chart; moves with its cells but keeps its size (editAs="oneCell"). */
export function chartAnchorXml({ anchor, shapeId, name, relId }: ChartAnchorXml): string {
  return (
    `<xdr:twoCellAnchor editAs="oneCell">${marker("from", anchor.from)}${marker("to", anchor.to)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${shapeId}" name="${escapeXml(name)}"/>` +
    `<xdr:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></xdr:cNvGraphicFramePr></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="${anchor.cx}" cy="${anchor.cy}"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ` +
    `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${escapeXml(relId)}"/>` +
    `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

export function drawingXml(anchors: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr ${DRAWING_NS}>${anchors.join("")}</xdr:wsDr>`;
}
