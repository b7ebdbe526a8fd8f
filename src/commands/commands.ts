/*
 * Ribbon command code of Triplet Criteria. The manifest's FunctionFile is the task pane page,
 * because the pane, the custom functions and the ribbon share one runtime. The ribbon's only
 * button ("Rank criteria" in the Home tab's Triplet Criteria group) uses Office's ShowTaskpane
 * action, which runs no code, so this entry registers no ExecuteFunction actions.
 * NOTE: a button with xsi:type="ExecuteFunction" needs its function registered here with
 * Office.actions.associate(id, handler), and the handler must call event.completed().
 */

Office.onReady(() => {
  // Office.js is initialized once for the shared page; nothing else to set up for the ribbon.
});
