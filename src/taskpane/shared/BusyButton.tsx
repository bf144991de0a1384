import { forwardRef, type ReactElement, type ReactNode } from "react";
import { Button, Spinner, type ButtonProps } from "@fluentui/react-components";

export interface BusyButtonProps {
  /** The button's own job is running: it shows a spinner beside its label and ignores clicks. */
  readonly busy: boolean;
  /** For the other reasons: another job is running, or there is nothing to act on. */
  readonly disabled?: boolean;
  readonly appearance?: ButtonProps["appearance"];
  readonly size?: ButtonProps["size"];
  readonly icon?: ReactElement;
  readonly onClick: () => void;
  readonly children: ReactNode;
}

/**
 * A pane's action button. While its job runs it stays focusable (`disabledFocusable`), so the focus does not
 * fall to the page and a second Enter finds the button (announced as unavailable) instead of nothing.
 */
export const BusyButton = forwardRef<HTMLButtonElement, BusyButtonProps>(function BusyButton(
  { busy, disabled, appearance, size, icon, onClick, children },
  ref,
) {
  return (
    <Button
      ref={ref}
      appearance={appearance}
      size={size}
      aria-busy={busy || undefined}
      disabled={busy ? false : disabled}
      disabledFocusable={busy}
      // The spinner only shows the wait; the live region says what is running.
      icon={busy ? <Spinner size="extra-tiny" aria-hidden="true" /> : icon}
      onClick={onClick}
    >
      {children}
    </Button>
  );
});
