import { claimFit, formatHours, formatMonths, formatStudyTime, monthsOfStudy } from './format';

describe('formatMonths', () => {
  it.each([
    [0.3, 'under a month'],
    [0.8, '1 month'],
    [1, '1 month'],
    [2.26, '2.5 months'],
    [5.9, '6 months'],
    [23.7, '23.5 months'],
    [30, '2.5 years'],
  ])('shows %s months as "%s"', (months, text) => {
    expect(formatMonths(months)).toBe(text);
  });

  it('shows a dash for nonsense', () => {
    expect(formatMonths(Number.NaN)).toBe('—');
    expect(formatMonths(-1)).toBe('—');
  });
});

describe('monthsOfStudy', () => {
  it('turns hours at a daily pace into 30-day months', () => {
    expect(monthsOfStudy(180, 1)).toBe(6);
    expect(monthsOfStudy(180, 3)).toBe(2);
  });
});

describe('formatStudyTime', () => {
  it('uses days, then weeks, then months', () => {
    expect(formatStudyTime(1, 1)).toBe('1 day');
    expect(formatStudyTime(10, 2)).toBe('5 days');
    expect(formatStudyTime(21, 1)).toBe('3 weeks');
    expect(formatStudyTime(90, 1)).toBe('3 months');
  });
});

describe('formatHours', () => {
  it('uses the singular for one hour', () => {
    expect(formatHours(1)).toBe('1 hour');
    expect(formatHours(12)).toBe('12 hours');
  });
});

describe('claimFit', () => {
  const claim = { min_months: 3, max_months: 6 };
  it('places months against the 3–6 month claim', () => {
    expect(claimFit(2, claim)).toBe('under');
    expect(claimFit(3, claim)).toBe('within');
    expect(claimFit(6, claim)).toBe('within');
    expect(claimFit(6.5, claim)).toBe('over');
    // Judged as shown: 2.9 months reads "3 months", which is within the plan.
    expect(claimFit(2.9, claim)).toBe('within');
  });
});
