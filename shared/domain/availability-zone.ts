export interface AvailabilityZone {
  name: string;
  available: boolean;
}
