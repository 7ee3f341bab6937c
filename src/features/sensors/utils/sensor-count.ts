/** "1 sensor", "3 sensors". */
export const sensorCount = (n: number) => `${n} ${n === 1 ? 'sensor' : 'sensors'}`;
