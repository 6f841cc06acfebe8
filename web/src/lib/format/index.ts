export { formatMoney, type MoneyOptions } from './money';
export { IST, formatIst, formatIstDate, formatIstTime, formatRelative, toDate, type DateInput } from './time';
