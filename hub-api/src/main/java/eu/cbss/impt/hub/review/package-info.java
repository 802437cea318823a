/** Regional review: the review queue, decisions on signals, answers to returned questions and withdrawals. */
package eu.cbss.impt.hub.review;
