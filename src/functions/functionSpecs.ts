import {
  FunctionSpec,
  GROWTH_SPEC,
  PRICECAP_SPEC,
  RAG_SPEC,
  RUNRATE_SPEC,
  TURNOVER_SPEC,
  VACANCYRATE_SPEC,
  VARIANCE_SPEC,
  WTE_SPEC,
} from "../domain/metrics";
import { FYMONTH_SPEC, STAFFGROUP_SPEC } from "./lookupSpecs";

/** The ten LLR functions in reference order: metadata, README and tests all iterate this list. */
export const FUNCTION_SPECS: readonly FunctionSpec[] = [
  VARIANCE_SPEC,
  GROWTH_SPEC,
  PRICECAP_SPEC,
  VACANCYRATE_SPEC,
  RUNRATE_SPEC,
  TURNOVER_SPEC,
  WTE_SPEC,
  FYMONTH_SPEC,
  STAFFGROUP_SPEC,
  RAG_SPEC,
];

/** Excel's namespace for the functions, set in manifest.xml. */
export const FUNCTION_NAMESPACE = "LLR";
