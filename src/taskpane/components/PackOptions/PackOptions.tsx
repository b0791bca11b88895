/** What the pack covers: the month (named from the workbook's year) and the organisations. */
import {
  Checkbox,
  Dropdown,
  Field,
  Option,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { PackChoices } from "../PackTab/packChoices";
import { monthLabel } from "../PackTab/packChoices";

export interface PackOptionsProps {
  readonly choices: PackChoices;
  readonly month: number | null;
  readonly organisations: readonly string[];
  readonly disabled: boolean;
  readonly onMonth: (month: number) => void;
  readonly onOrganisation: (organisation: string, checked: boolean) => void;
  readonly onAll: (checked: boolean) => void;
}

const useStyles = makeStyles({
  options: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  month: { minWidth: "10em", maxWidth: "14em" },
  fieldset: { border: "none", margin: 0, padding: 0, minWidth: 0 },
  legend: {
    padding: 0,
    marginBottom: tokens.spacingVerticalXXS,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  organisations: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
  all: { width: "100%" },
});

function monthHint(choices: PackChoices, month: number | null): string | undefined {
  if (choices.defaultMonth === null)
    return "The workbook does not say which month it reports: choose one.";
  const label = monthLabel(choices, choices.defaultMonth);
  if (choices.defaultMonthSource === "settings") return `Settings › Reporting month is ${label}.`;
  if (choices.defaultMonthSource === "data")
    return month === choices.defaultMonth
      ? `${label} is the last month with actuals.`
      : `The last month with actuals is ${label}.`;
  return undefined;
}

export function PackOptions({
  choices,
  month,
  organisations,
  disabled,
  onMonth,
  onOrganisation,
  onAll,
}: PackOptionsProps) {
  const styles = useStyles();
  const all = choices.organisations;
  const ticked = organisations.length;
  return (
    <div className={styles.options}>
      <Field label="Month" hint={monthHint(choices, month)}>
        <Dropdown
          className={styles.month}
          value={monthLabel(choices, month)}
          selectedOptions={month === null ? [] : [String(month)]}
          placeholder="Choose a month"
          disabled={disabled}
          onOptionSelect={(_, data) => {
            if (data.optionValue) onMonth(Number(data.optionValue));
          }}
        >
          {choices.months.map((m) => (
            <Option key={m.month} value={String(m.month)} text={m.label}>
              {m.label}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {all.length > 0 ? (
        <fieldset className={styles.fieldset} disabled={disabled}>
          <legend className={styles.legend}>Organisations</legend>
          <div className={styles.organisations}>
            {all.length > 1 ? (
              <Checkbox
                className={styles.all}
                label="All organisations"
                checked={ticked === all.length ? true : ticked === 0 ? false : "mixed"}
                onChange={(_, data) => onAll(data.checked === true)}
              />
            ) : null}
            {all.map((organisation) => (
              <Checkbox
                key={organisation}
                label={organisation}
                checked={organisations.includes(organisation)}
                onChange={(_, data) => onOrganisation(organisation, data.checked === true)}
              />
            ))}
          </div>
          {ticked === 0 ? (
            <Text size={200} role="status">
              Tick at least one organisation.
            </Text>
          ) : null}
        </fieldset>
      ) : null}
    </div>
  );
}
