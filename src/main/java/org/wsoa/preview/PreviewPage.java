package org.wsoa.preview;

/**
 * One build of the page that {@code wsoa preview} serves: the published HTML page of the plan, or,
 * when the plan has errors or the page could not be made, a page that lists what to fix.
 *
 * @param html       the page's bytes, UTF-8, without the reload script (which is added as it is served)
 * @param showsPlan  whether it is the plan itself, exactly as {@code wsoa build} would publish it
 * @param summary    one line for the console: "no errors, 2 warnings", "3 errors"...
 */
public record PreviewPage(byte[] html, boolean showsPlan, String summary) {
}
