/** Plain-language names of the finding categories, for the marker's popover. */
import type { TextFindingData } from '../messaging/protocol.ts';

export const CATEGORY_LABELS: Record<TextFindingData['category'], string> = {
  phone: 'Phone number',
  email: 'Email address',
  url: 'Link',
  social_handle: 'Social media handle',
  payment_handle: 'Payment handle',
  postcode: 'Postcode',
  street_address: 'Street address',
  personal_term: 'Something on your never-reveal list',
  date_of_birth: 'Date of birth',
  vehicle_reg: 'Vehicle registration',
  id_number: 'ID number',
  bank_detail: 'Bank details',
  location_hint: 'Place near you',
  workplace_hint: 'Workplace or course',
};

export function markerLabel(count: number): string {
  return count === 1
    ? 'Veil found 1 detail that could identify you'
    : `Veil found ${count} details that could identify you`;
}
