// What a complaint is made against: the words that show a post is about a service someone provides, so that its
// negative words are dissatisfaction with that service rather than a bad mood about the weather, a team or a person.
// General vocabulary of being a customer or a patient, written for this project.

/**
 * Words of a customer's dealings with a provider: buying, paying, delivery, accounts, devices and apps, travel,
 * staff and the places they work. Care words (CARE_CONTEXT, the category topics) count as well.
 */
export const SERVICE_WORDS = [
  // the provider and its people
  'service', 'services', 'customer', 'customers', 'customer care', 'support', 'helpline', 'hotline', 'help desk', 'helpdesk', 'call centre', 'call center',
  'agent', 'agents', 'representative', 'rep', 'staff', 'employee', 'employees', 'manager', 'management', 'cashier', 'receptionist', 'reception', 'front desk',
  'company', 'store', 'stores', 'shop', 'branch', 'outlet', 'dealership', 'dealer', 'technician', 'engineer', 'installer', 'driver', 'courier',
  // buying and paying
  'order', 'orders', 'ordered', 'ordering', 'purchase', 'purchased', 'bought', 'paid', 'pay', 'payment', 'payments', 'charged', 'charging', 'billed',
  'invoice', 'receipt', 'refund', 'refunded', 'return', 'returned', 'returns', 'exchange', 'replacement', 'replace', 'warranty', 'guarantee', 'repair', 'repaired',
  'subscription', 'subscribed', 'membership', 'plan', 'contract', 'account', 'accounts', 'coupon', 'voucher', 'discount', 'stock', 'in store', 'checkout',
  // delivery
  'delivery', 'deliveries', 'deliver', 'delivered', 'shipping', 'shipped', 'shipment', 'package', 'parcel', 'tracking', 'dispatched',
  // products, devices and online services
  'product', 'products', 'item', 'items', 'device', 'phone', 'app', 'website', 'site', 'update', 'software', 'login', 'log in', 'password',
  'email', 'internet', 'wifi', 'broadband', 'signal', 'network', 'connection', 'data', 'battery', 'screen', 'outage', 'customer service',
  // travel and hospitality
  'flight', 'flights', 'booking', 'booked', 'reservation', 'ticket', 'tickets', 'seat', 'seats', 'train', 'trains', 'bus', 'hotel', 'luggage', 'baggage',
  'check in', 'restaurant', 'menu', 'drive thru', 'drive through',
  // a visit to a provider of any kind, and the care words the category topics do not already hold
  'experience', 'visit', 'visited', 'appointment', 'treatment', 'treatments', 'tablets', 'pills', 'meds', 'nhs', 'gp', 'dentist', 'dental', 'paramedic',
  'paramedics', 'operator', 'call handler', 'phone call', 'call back', 'rang', 'taxi', 'vehicle', 'transport', 'journey', 'drivers', 'assessed', 'checks',
  'check up', 'checkup', 'bed', 'beds', 'room', 'rooms', 'shower', 'consultant', 'therapist', 'counsellor', 'counselor', 'carer', 'carers',
  'letter', 'letters', 'results', 'visiting', 'rules', 'policy', 'kitchen', 'aide',
];

/**
 * Parts of a handle that mark a company's customer-care account ("@AcmeHelp", "@Acme_Support", "@AskAcme",
 * "@AcmeCares"): a post written to one is written to a provider about its service.
 */
export const CARE_ACCOUNT = /(?:help|support|care|cares|service|svc|custserv|assist)|^ask/;
