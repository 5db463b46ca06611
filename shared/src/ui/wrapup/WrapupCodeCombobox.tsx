// A searchable wrap-up code picker in SLDS combobox markup with the ARIA 1.2 pattern: the
// input itself is the combobox, so it is named, typed into and read as one control.
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { WrapupCode } from '../../platform/platformTypes';
import { FormElement } from '../controls/FormElement';

interface Props {
  label: string;
  placeholder: string;
  noMatch: string;
  codes: WrapupCode[];
  value: string | null;
  errorId?: string;
  invalid: boolean;
  onChoose: (codeId: string | null) => void;
}

export function WrapupCodeCombobox(props: Props) {
  const { label, placeholder, noMatch, codes, value, errorId, invalid, onChoose } = props;
  const id = useId();
  const listId = `${id}-list`;
  const chosen = codes.find((c) => c.id === value);
  const [text, setText] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const shown = text ?? chosen?.name ?? '';
  const matches = useMemo(() => {
    const needle = (text ?? '').trim().toLocaleLowerCase();
    return needle === '' ? codes : codes.filter((c) => c.name.toLocaleLowerCase().includes(needle));
  }, [codes, text]);

  const choose = (code: WrapupCode) => {
    onChoose(code.id);
    setText(null);
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      if (!open) setOpen(true);
      else if (matches.length > 0) setActive((active + step + matches.length) % matches.length);
    } else if (event.key === 'Enter' && open) {
      event.preventDefault();
      const code = matches[active];
      if (code !== undefined) choose(code);
    } else if (event.key === 'Escape') {
      setOpen(false);
      setText(null);
    }
  };

  const activeCode = open ? matches[active] : undefined;
  return (
    <FormElement id={id} label={label} invalid={invalid} describedBy={errorId}>
      {(wiring) => (
        <div className="slds-combobox_container">
          <div
            className={`slds-combobox slds-dropdown-trigger slds-dropdown-trigger_click${open ? ' slds-is-open' : ''}`}
          >
            <div className="slds-combobox__form-element slds-input-has-icon slds-input-has-icon_right">
              <input
                {...wiring}
                type="text"
                role="combobox"
                className="slds-input slds-combobox__input"
                autoComplete="off"
                placeholder={placeholder}
                aria-autocomplete="list"
                aria-expanded={open}
                aria-controls={listId}
                aria-activedescendant={
                  activeCode === undefined ? undefined : `${id}-${activeCode.id}`
                }
                value={shown}
                onChange={(event) => {
                  setText(event.target.value);
                  setActive(0);
                  setOpen(true);
                }}
                onClick={() => setOpen(true)}
                onBlur={() => {
                  setOpen(false);
                  setText(null);
                }}
                onKeyDown={onKeyDown}
              />
            </div>
            <div
              id={listId}
              role="listbox"
              aria-label={label}
              className="slds-dropdown slds-dropdown_length-7 slds-dropdown_fluid"
              hidden={!open}
            >
              <ul className="slds-listbox slds-listbox_vertical" role="presentation">
                {matches.length === 0 && (
                  <li role="presentation" className="slds-listbox__item slds-p-around_x-small">
                    {noMatch}
                  </li>
                )}
                {matches.map((code, index) => (
                  <li key={code.id} role="presentation" className="slds-listbox__item">
                    <div
                      id={`${id}-${code.id}`}
                      role="option"
                      aria-selected={code.id === value}
                      className={`slds-media slds-listbox__option slds-listbox__option_plain slds-media_small${index === active ? ' slds-has-focus' : ''}`}
                      // mousedown, not click: the input's blur would close the list first.
                      onMouseDown={(event) => {
                        event.preventDefault();
                        choose(code);
                      }}
                    >
                      <span className="slds-media__body slds-truncate">{code.name}</span>
                    </div>
                  </li>
                ))}
              </ul>
            </div>
          </div>
        </div>
      )}
    </FormElement>
  );
}
