/**
 * Bulk files of signals in the UI: the upload page ({@code signals/import.xhtml}) with its progress,
 * per-row report and the organisation's latest uploads, and the downloads of the template, the
 * examples and the full error report ({@link eu.cbss.impt.hub.web.imports.ImportFilesServlet}).
 * The file goes from the browser to hub-api in one request and is never kept here (it may hold
 * identifiers); hub-api checks it and decides what is valid.
 */
package eu.cbss.impt.hub.web.imports;
