import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
export { x509 };
