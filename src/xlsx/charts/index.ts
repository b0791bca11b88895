/** Native Excel charts for .xlsx files (DrawingML parts added after ExcelJS has written the workbook). */
export { addNativeCharts, writeNativeCharts } from "./writeCharts";
export { chartXml } from "./chartXml";
export { chartData, type ChartData, type ChartSeriesData } from "./chartData";
export { anchorFor, columnWidthEmu } from "./anchor";
