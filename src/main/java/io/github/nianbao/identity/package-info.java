/**
 * Agency identity (机构识别): which place an agency belongs to (6-digit 行政区划代码), its level, its kind, and a key
 * that is the same for every year of one agency, from the agency name a report prints. The division table ships
 * as a resource ({@link io.github.nianbao.identity.DivisionTable#standard()}); names that match no division, or
 * several, give null codes and an INFO diagnostic saying why, never a guessed code.
 */
package io.github.nianbao.identity;
