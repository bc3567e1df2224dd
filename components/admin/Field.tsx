import { useId } from 'react';

/** A labelled text box with its error right beside it, announced to screen readers (aria-describedby). */
export function Field(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  type?: 'text' | 'password' | 'url' | 'search';
  name?: string;
  autoComplete?: string;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div>
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        value={props.value}
        autoComplete={props.autoComplete ?? 'off'}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? errorId : undefined}
        onChange={(e) => props.onChange(e.currentTarget.value)}
      />
      {props.error ? (
        <p id={errorId} className="adm-error">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

/** A labelled file picker. */
export function FilePicker(props: { label: string; accept: string; multiple?: boolean; name: string; onFiles: (files: File[]) => void }) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        name={props.name}
        type="file"
        accept={props.accept}
        multiple={props.multiple}
        onChange={(e) => {
          const files = [...(e.currentTarget.files ?? [])];
          e.currentTarget.value = '';
          if (files.length > 0) props.onFiles(files);
        }}
      />
    </div>
  );
}
