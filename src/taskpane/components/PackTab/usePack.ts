/** The Pack tab's state and actions for one host. */
import { useCallback, useEffect, useReducer } from "react";
import type { WorkbookHost } from "../../../workbook/host";
import {
  createBlocker,
  initialPackState,
  organisationsOption,
  packReducer,
  type WrittenTable,
} from "./packState";
import { createPack, loadChoices, selectTable } from "./runPack";

export function usePack(host: WorkbookHost) {
  const [state, dispatch] = useReducer(packReducer, initialPackState);

  const reload = useCallback(() => {
    let current = true;
    void loadChoices(host, dispatch, () => current);
    return () => {
      current = false;
    };
  }, [host]);
  // The month picker and organisations come from the workbook, read when the tab opens.
  useEffect(reload, [reload]);

  const blocker = createBlocker(state);
  const create = useCallback(() => {
    if (blocker !== null || state.month === null) return Promise.resolve();
    return createPack(
      host,
      { month: state.month, organisations: organisationsOption(state) },
      dispatch
    );
  }, [host, blocker, state]);
  const chooseMonth = useCallback((month: number) => dispatch({ type: "monthChosen", month }), []);
  const toggleOrganisation = useCallback(
    (organisation: string, checked: boolean) =>
      dispatch({ type: "organisationToggled", organisation, checked }),
    []
  );
  const toggleAll = useCallback(
    (checked: boolean) => dispatch({ type: "allOrganisations", checked }),
    []
  );
  const activateTable = useCallback(
    (table: WrittenTable) =>
      state.summary ? selectTable(host, state.summary.sheet, table, dispatch) : Promise.resolve(),
    [host, state.summary]
  );
  const dismissSelectError = useCallback(() => dispatch({ type: "selectErrorDismissed" }), []);
  return {
    state,
    blocker,
    create,
    reload: () => void reload(),
    chooseMonth,
    toggleOrganisation,
    toggleAll,
    activateTable,
    dismissSelectError,
  };
}
