/** The embedded default's demo customers (any id works with /api/dev/token; these read well). */
export const demoCustomers = [
  { userId: 'demo-user-1', name: 'Ravi Kumar' },
  { userId: 'demo-user-2', name: 'Priya Sharma' },
  { userId: 'demo-user-3', name: 'Arjun Mehta' },
  { userId: 'demo-user-4', name: 'Lakshmi Iyer' },
] as const;
