import { DepGraph, DepGraphCycleError } from 'dependency-graph';
import { DependencyCycleError } from '../errors.js';
import type { PackageTarget } from '../registries/types.js';

export interface OrderedTarget {
  target: PackageTarget;
  /** Indexes (into the ordered list) of the packages of this run that this one depends on. */
  dependsOn: number[];
}

const keyOf = (target: PackageTarget) => `${target.registry}:${target.name}${target.platform && target.platform !== 'ruby' ? `-${target.platform}` : ''}`;

/**
 * Puts dependencies before their dependents (dependencies, optional and peer dependencies between
 * packages of the same registry in this run; anything else is outside the graph). Packages with
 * no order between them keep the order they were listed in. A cycle throws DependencyCycleError.
 */
export function orderTargets(targets: PackageTarget[]): OrderedTarget[] {
  const graph = new DepGraph<PackageTarget>();
  const byName = new Map<string, string[]>();
  for (const target of targets) {
    graph.addNode(keyOf(target), target);
    const name = `${target.registry}:${target.name}`;
    byName.set(name, [...(byName.get(name) ?? []), keyOf(target)]);
  }
  for (const target of targets) {
    for (const dependency of target.dependencies) {
      for (const key of byName.get(`${target.registry}:${dependency}`) ?? []) {
        if (key !== keyOf(target)) graph.addDependency(keyOf(target), key);
      }
    }
  }
  try {
    graph.overallOrder(); // cycle detection
  } catch (error) {
    if (error instanceof DepGraphCycleError) throw new DependencyCycleError(error.cyclePath);
    throw error;
  }
  // Stable: each time, the first listed package whose dependencies are all placed.
  const order: string[] = [];
  const placed = new Set<string>();
  const waiting = targets.map(keyOf);
  while (waiting.length) {
    const next = waiting.findIndex((key) => graph.directDependenciesOf(key).every((dependency) => placed.has(dependency)));
    const [key] = waiting.splice(next, 1) as [string];
    placed.add(key);
    order.push(key);
  }
  const index = new Map(order.map((key, position) => [key, position]));
  return order.map((key) => ({
    target: graph.getNodeData(key),
    dependsOn: graph.dependenciesOf(key).map((dependency) => index.get(dependency)!),
  }));
}

/**
 * For each package of an ordered plan (`dependsOn` as orderTargets gives it: dependencies come
 * earlier), how many packages the longest chain from it through its dependents holds, itself
 * included: uploads that must follow one another once it starts. When more packages are ready
 * than may upload at once, those with the longest chains start first, so the run's critical path
 * never waits for a slot behind packages that could go later.
 */
export function chainLengths(dependsOn: ReadonlyArray<readonly number[]>): number[] {
  const lengths = dependsOn.map(() => 1);
  for (let index = dependsOn.length - 1; index >= 0; index--) {
    for (const dependency of dependsOn[index]!) lengths[dependency] = Math.max(lengths[dependency]!, lengths[index]! + 1);
  }
  return lengths;
}
