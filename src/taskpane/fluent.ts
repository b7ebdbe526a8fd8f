/**
 * Registers only the Fluent UI web components the pane uses, so the bundle carries no others.
 * Fluent (FAST) styles are constructable style sheets, or <style> elements where a browser lacks
 * them; both are allowed by the page's `style-src 'self' 'unsafe-inline'`.
 */
import {
  fluentButton,
  fluentCheckbox,
  fluentNumberField,
  fluentOption,
  fluentProgress,
  fluentSelect,
  provideFluentDesignSystem,
} from "@fluentui/web-components";

export function registerFluentComponents(): void {
  provideFluentDesignSystem().register(fluentButton(), fluentCheckbox(), fluentNumberField(), fluentOption(), fluentProgress(), fluentSelect());
}
