package app.zetpay.support.identity;

/**
 * Whether a member of staff works with a customer: the customer has a chat or a ticket the staff
 * member may see. The modules that hold chats and tickets each answer for theirs; a module that
 * shows customer data to staff outside a chat or ticket (their transactions) asks all of them,
 * without depending on those modules.
 */
public interface CustomerVisibility {

	boolean canSee(Caller.Staff staff, String customerId);
}
