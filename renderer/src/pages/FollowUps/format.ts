/** A rate as a percentage, or "no data" when nothing counted (never a fake 0%). */
export const formatRate = (rate: number | null) => (rate === null ? 'no data' : `${Math.round(rate * 100)}%`);
