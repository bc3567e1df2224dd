import { useEffect, useRef, type RefObject } from 'react';

/**
 * Keyboard and screen-reader handling of an editor that opens below a table: it takes the focus when it opens (its
 * first field, scrolled into view, so pressing "Sửa" visibly does something), and when it closes (saved,
 * cancelled, or Escape in the editor) the focus goes back to the button that opened it (or, if that row is gone, to the panel's add button).
 */
export function useEditorFocus(open: boolean) {
  const editor = useRef<HTMLFormElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const wasOpen = useRef(open);

  useEffect(() => {
    if (open && !wasOpen.current) {
      const form = editor.current;
      const first = form?.querySelector<HTMLElement>('input, select, textarea');
      (first ?? form)?.focus();
      form?.scrollIntoView?.({ block: 'nearest' });
    }
    if (!open && wasOpen.current) {
      const back = opener.current?.isConnected ? opener.current : addButton.current;
      back?.focus();
    }
    wasOpen.current = open;
  }, [open]);

  return {
    editor: editor as RefObject<HTMLFormElement>,
    addButton: addButton as RefObject<HTMLButtonElement>,
    /** Call when opening: remembers the element that had the focus (the row's "Sửa", or "Thêm"). */
    rememberOpener: () => {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    },
  };
}
