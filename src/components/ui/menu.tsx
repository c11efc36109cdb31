// A button that opens a menu of actions. It works from the keyboard as menus do: the first item
// takes focus on opening (and again when the items change, as when an item opens a list of
// choices), arrow keys, Home and End move between items, Escape closes it and gives focus back
// to the button, Tab closes it. The menu is drawn over the page (in a portal into the landmark
// around the button), so a scrolling or transformed list around the button neither clips nor
// shifts it.
import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ComponentProps,
  type CSSProperties,
  type KeyboardEvent as ReactKeyboardEvent,
  type ReactNode,
} from 'react';
import { createPortal } from 'react-dom';
import { Button } from './button';

export interface MenuItem {
  label: string;
  run: () => void;
  /** The menu stays open, e.g. for an item that shows further choices in it. */
  keepOpen?: boolean;
  /** Marks the current choice among several. */
  checked?: boolean;
}

const MENU_WIDTH = 224;

function placeBelowOrAbove(button: HTMLElement): CSSProperties {
  const rect = button.getBoundingClientRect();
  const left = Math.max(4, Math.min(rect.left, window.innerWidth - MENU_WIDTH - 4));
  // Near the bottom of the window the menu opens upwards, so it stays on screen.
  return rect.bottom > window.innerHeight * 0.6
    ? { left, bottom: window.innerHeight - rect.top + 2 }
    : { left, top: rect.bottom + 2 };
}

export function Menu({
  label,
  buttonLabel,
  children,
  items,
  onClose,
  className = '',
  variant = 'ghost',
}: {
  /** The menu's accessible name. */
  label: string;
  /** The button's accessible name. */
  buttonLabel: string;
  /** What the button shows. */
  children: ReactNode;
  items: MenuItem[];
  onClose?: () => void;
  className?: string;
  variant?: ComponentProps<typeof Button>['variant'];
}) {
  const [open, setOpen] = useState(false);
  const [place, setPlace] = useState<CSSProperties>({});
  const [host, setHost] = useState<Element | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const itemKey = items.map((i) => i.label).join('\n');

  const menuItems = () => [
    ...(menu.current?.querySelectorAll<HTMLButtonElement>('[role^="menuitem"]') ?? []),
  ];

  const close = (refocus: boolean) => {
    setOpen(false);
    onClose?.();
    if (refocus) button.current?.focus();
  };

  useLayoutEffect(() => {
    if (!open || !button.current) return;
    setPlace(placeBelowOrAbove(button.current));
    setHost(button.current.closest('aside, main, [role="dialog"]') ?? document.body);
  }, [open]);

  useEffect(() => {
    if (open && host) menuItems()[0]?.focus();
  }, [open, host, itemKey]);

  useEffect(() => {
    if (!open) return;
    const onDown = (event: MouseEvent) => {
      const target = event.target as Node;
      if (menu.current?.contains(target) || button.current?.contains(target)) return;
      setOpen(false);
      onClose?.();
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open, onClose]);

  const onKeyDown = (event: ReactKeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close(true);
      return;
    }
    if (event.key === 'Tab') {
      event.preventDefault();
      close(true);
      return;
    }
    const list = menuItems();
    const at = list.findIndex((item) => item === document.activeElement);
    const next: Record<string, number> = {
      ArrowDown: at + 1,
      ArrowUp: at - 1,
      Home: 0,
      End: list.length - 1,
    };
    const to = next[event.key];
    if (to === undefined || list.length === 0) return;
    event.preventDefault();
    list[(to + list.length) % list.length]?.focus();
  };

  return (
    <>
      <Button
        ref={button}
        variant={variant}
        className={className}
        aria-label={buttonLabel}
        title={buttonLabel}
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => (open ? close(false) : setOpen(true))}
      >
        {children}
      </Button>
      {open &&
        host &&
        createPortal(
          <div
            ref={menu}
            role="menu"
            aria-label={label}
            onKeyDown={onKeyDown}
            style={{ ...place, width: MENU_WIDTH }}
            className="fixed z-50 max-h-[50vh] overflow-y-auto rounded-md border border-stone-200 bg-white py-1 shadow-lg"
          >
            {items.map((item) => (
              <button
                key={item.label}
                type="button"
                role={item.checked === undefined ? 'menuitem' : 'menuitemradio'}
                aria-checked={item.checked}
                tabIndex={-1}
                className="block w-full truncate px-3 py-2 text-left text-sm text-stone-800 hover:bg-stone-100 focus:bg-stone-100 focus:outline-none"
                onClick={() => {
                  if (!item.keepOpen) close(true);
                  item.run();
                }}
              >
                {item.checked ? '✓ ' : ''}
                {item.label}
              </button>
            ))}
          </div>,
          host,
        )}
    </>
  );
}
