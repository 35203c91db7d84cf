import { networkParams } from '../nn-common/network-params';

/** URL parameters of /embed/network/. */
export const params = networkParams;
