import { AREA_ORDER, areaColour, areaRank, titleFromSlug } from './colours';

const luminance = (hex: string) => {
  const channel = (i: number) => {
    const value = parseInt(hex.slice(i, i + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
};
const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
};

describe('area colours', () => {
  it('gives every known area its own colour', () => {
    const solids = AREA_ORDER.map((area) => areaColour(area).solid);
    expect(new Set(solids).size).toBe(AREA_ORDER.length);
  });

  it('keeps dots visible on white and body text readable on the tint', () => {
    for (const area of AREA_ORDER) {
      const { solid, tint } = areaColour(area);
      expect(contrast(solid, '#ffffff')).toBeGreaterThanOrEqual(3);
      expect(contrast('#17202e', tint)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('falls back to a neutral colour for an unknown area', () => {
    expect(areaColour('astrology').solid).toMatch(/^#[0-9a-f]{6}$/);
    expect(areaRank('astrology')).toBe(AREA_ORDER.length);
  });

  it('titles a slug readably', () => {
    expect(titleFromSlug('probability-statistics')).toBe('Probability statistics');
  });
});
