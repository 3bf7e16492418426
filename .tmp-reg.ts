import { startRegistry } from './test-support/registry.js';
const registry = await startRegistry({ gate: { secret: 'JBSWY3DPEHPK3PXP' } });
const token = await registry.addUser('alice');
console.log(JSON.stringify({ url: registry.url, token }));
setInterval(() => {}, 1000);
