/*
 * Ribbon command entry. The manifest's FunctionFile is the shared-runtime page, so this bundle runs
 * in the same runtime as the task pane and the custom functions. The Home-tab button is a
 * ShowTaskpane action, which Office carries out itself: there is nothing to register yet. An
 * ExecuteFunction button would be wired here with Office.actions.associate(id, handler) once
 * Office is ready.
 */

/** Resolves once Office is ready; resolves at once outside Office (office.js absent). */
export async function initCommands(): Promise<void> {
  if (typeof Office === "undefined") return;
  await Office.onReady();
}

void initCommands();
