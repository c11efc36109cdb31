// Settings' Appearance section: the colour theme, following the system or always light or
// dark. A choice applies at once and is kept in this browser.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { loadThemeChoice, saveThemeChoice, type ThemeChoice } from '../../db/theme-repo';
import { reportFailure } from '../../store/report-failure';

const CHOICES: [ThemeChoice, string][] = [
  ['system', 'System'],
  ['light', 'Light'],
  ['dark', 'Dark'],
];

export function AppearanceSection() {
  const stored = useLiveQuery(loadThemeChoice);
  // The radio follows the click at once, not only once the write is back from the database.
  const [picked, setPicked] = useState<ThemeChoice>();
  const choice = picked ?? stored;
  const choose = (value: ThemeChoice) => {
    setPicked(value);
    saveThemeChoice(value).catch(reportFailure('Saving the theme'));
  };
  return (
    <fieldset className="mt-5 border-t border-stone-200 pt-4">
      <legend className="float-left mb-2 text-sm font-semibold text-stone-700">Theme</legend>
      <div className="clear-left flex gap-4 text-sm">
        {CHOICES.map(([value, label]) => (
          <label key={value} className="flex items-center gap-1.5">
            <input
              type="radio"
              name="theme"
              className="accent-emerald-700"
              checked={choice === value}
              onChange={() => choose(value)}
            />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
